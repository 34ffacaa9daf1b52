using Suite.Planning.Checks;

namespace Suite.Planning.BlueGreen;

/// <summary><see cref="BlueGreenOptions"/> with its defaults applied: auto promotion, a 60 s post-promotion window, a 30 s scale-down delay.</summary>
public sealed record BlueGreenSettings(bool AutoPromote, TimeSpan PostPromotionWindow, TimeSpan ScaleDownDelay)
{
    public static TimeSpan DefaultPostPromotionWindow { get; } = TimeSpan.FromSeconds(60);

    public static TimeSpan DefaultScaleDownDelay { get; } = TimeSpan.FromSeconds(30);

    public static BlueGreenSettings Default { get; } = new(true, DefaultPostPromotionWindow, DefaultScaleDownDelay);

    internal static BlueGreenSettings Read(BlueGreenOptions? options, List<string> errors) => options is null
        ? Default
        : new BlueGreenSettings(
            options.AutoPromote,
            Durations.Read("blueGreen.postPromotionWindow", options.PostPromotionWindow, DefaultPostPromotionWindow, errors) ?? TimeSpan.Zero,
            Durations.Read("blueGreen.scaleDownDelay", options.ScaleDownDelay, DefaultScaleDownDelay, errors) ?? TimeSpan.Zero);
}
