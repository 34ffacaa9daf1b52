namespace Suite.ComplianceWindows.Calendars;

/// <summary>What a recurring window does when its day is a holiday of its holiday list.</summary>
public enum HolidayShift
{
    /// <summary>No window that day (e.g. no opening auction when the exchange is closed).</summary>
    Skip,

    /// <summary>The window moves to the previous business day (e.g. options expiry on a holiday Friday moves to Thursday).</summary>
    PreviousBusinessDay,
}
