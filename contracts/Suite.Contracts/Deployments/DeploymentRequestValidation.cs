using System.Text.RegularExpressions;

namespace Suite.Contracts;

/// <summary>
/// Every reason a <see cref="DeploymentRequested"/> is malformed, one line each: what a publisher
/// can check before it publishes. Suite checks it again, with what only it knows (which
/// strategies it runs, whether the application is already being deployed).
/// </summary>
public static partial class DeploymentRequestValidation
{
    /// <summary>Suite names each version's workload "{application}-{10 hex}", which must still be a valid name.</summary>
    public const int MaxApplicationLength = 52;

    /// <summary>The longest duration a request may give: Suite's timers wait at most a day.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);

    public static IReadOnlyList<string> Validate(DeploymentRequested r)
    {
        var errors = new List<string>();
        if (r.DeploymentId == Guid.Empty)
        {
            errors.Add("DeploymentId is missing");
        }

        KubernetesName(errors, "Application", r.Application, MaxApplicationLength);
        KubernetesName(errors, "Namespace", r.Namespace, 63);
        Image(errors, r.Image);
        Strategy(errors, r.Strategy);
        Required(errors, "Environment", r.Environment);
        Required(errors, "RequestedBy", r.RequestedBy);

        if (r.Replicas is < 1)
        {
            errors.Add($"Replicas must be at least 1, got {r.Replicas}");
        }

        var surge = Quantity(errors, "MaxSurge", r.MaxSurge);
        var unavailable = Quantity(errors, "MaxUnavailable", r.MaxUnavailable);
        if (surge is { IsZero: true } && unavailable is { IsZero: true })
        {
            errors.Add("MaxSurge and MaxUnavailable cannot both be 0: no pod could ever be replaced");
        }

        StrategyOptions(errors, r);
        return errors;
    }

    /// <summary>The options that belong to one strategy, each checked where it is given; each is refused for the others.</summary>
    private static void StrategyOptions(List<string> errors, DeploymentRequested r)
    {
        var strategy = DeploymentStrategies.Normalize(r.Strategy);
        if (strategy is null)
        {
            return;
        }

        if (strategy != DeploymentStrategies.Rolling)
        {
            OnlyFor(errors, "MaxSurge", r.MaxSurge is not null, DeploymentStrategies.Rolling, strategy);
            OnlyFor(errors, "MaxUnavailable", r.MaxUnavailable is not null, DeploymentStrategies.Rolling, strategy);
            OnlyFor(errors, "StabilizationWait", r.StabilizationWait is not null, DeploymentStrategies.Rolling, strategy);
        }

        OnlyFor(errors, "CanarySteps", r.CanarySteps is not null && strategy != DeploymentStrategies.Canary, DeploymentStrategies.Canary, strategy);
        OnlyFor(errors, "HeaderRoute", r.HeaderRoute is not null && strategy != DeploymentStrategies.ABTest, DeploymentStrategies.ABTest, strategy);
        OnlyFor(errors, "ExperimentDuration", r.ExperimentDuration is not null && strategy != DeploymentStrategies.ABTest, DeploymentStrategies.ABTest, strategy);
        OnlyFor(errors, "BlueGreen", r.BlueGreen is not null && strategy != DeploymentStrategies.BlueGreen, DeploymentStrategies.BlueGreen, strategy);
        OnlyFor(errors, "AcceptDowntime", r.AcceptDowntime && strategy != DeploymentStrategies.Recreate, DeploymentStrategies.Recreate, strategy);
        Preset(errors, r, strategy);
        if (strategy == DeploymentStrategies.Canary && r.CanarySteps is { } steps)
        {
            CanarySteps(errors, steps);
        }

        if (strategy == DeploymentStrategies.ABTest)
        {
            Header(errors, r.HeaderRoute);
        }

        Duration(errors, "StabilizationWait", r.StabilizationWait);
        Duration(errors, "ExperimentDuration", r.ExperimentDuration);
        Duration(errors, "BlueGreen.PostPromotionWindow", r.BlueGreen?.PostPromotionWindow);
        Duration(errors, "BlueGreen.ScaleDownDelay", r.BlueGreen?.ScaleDownDelay);
        Duration(errors, "ProgressDeadline", r.ProgressDeadline);
        Duration(errors, "RollbackWindow", r.RollbackWindow);
    }

    private static void OnlyFor(List<string> errors, string field, bool given, string owner, string strategy)
    {
        if (given)
        {
            errors.Add($"{field} is for the {owner} strategy, not {strategy}");
        }
    }

    private static void Preset(List<string> errors, DeploymentRequested r, string strategy)
    {
        if (r.Preset is null)
        {
            return;
        }

        var presets = strategy == DeploymentStrategies.Rolling ? StrategyPresets.Rolling
            : strategy == DeploymentStrategies.Canary ? StrategyPresets.Canary
            : [];
        if (presets.Count == 0)
        {
            errors.Add($"Preset is for the Rolling or Canary strategy, not {strategy}");
        }
        else if (StrategyPresets.Normalize(r.Preset, presets) is null)
        {
            errors.Add($"Preset '{r.Preset}' is not a {strategy} preset (expected one of: {string.Join(", ", presets)})");
        }
        else if (strategy == DeploymentStrategies.Rolling && (r.MaxSurge is not null || r.MaxUnavailable is not null))
        {
            errors.Add("Preset replaces MaxSurge and MaxUnavailable: give one or the other");
        }
        else if (strategy == DeploymentStrategies.Canary && r.CanarySteps is not null)
        {
            errors.Add("Preset replaces CanarySteps: give one or the other");
        }
    }

    private static void CanarySteps(List<string> errors, IReadOnlyList<CanaryStep> steps)
    {
        if (steps.Count == 0)
        {
            errors.Add("CanarySteps is empty: leave it out for the default steps");
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var actions = (step.SetWeight is null ? 0 : 1) + (step.Pause is null ? 0 : 1) + (step.Analysis is null ? 0 : 1);
            if (actions != 1)
            {
                errors.Add($"CanarySteps[{i}] must have exactly one of setWeight, pause, analysis (it has {actions})");
            }

            if (step.SetWeight is < 0 or > 100)
            {
                errors.Add($"CanarySteps[{i}].setWeight {step.SetWeight} is not between 0 and 100");
            }

            Duration(errors, $"CanarySteps[{i}].pause.duration", step.Pause?.Duration);
        }
    }

    private static void Header(List<string> errors, HeaderRoute? route)
    {
        if (route is null)
        {
            errors.Add("ABTest needs a HeaderRoute: the header name and value of the requests that go to the new version");
        }
        else if (!HttpToken().IsMatch(route.Name ?? ""))
        {
            errors.Add($"HeaderRoute.Name '{route.Name}' is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~)");
        }
        else if (string.IsNullOrEmpty(route.Value) || route.Value.Any(char.IsControl))
        {
            errors.Add("HeaderRoute.Value is missing or holds control characters");
        }
    }

    private static void Duration(List<string> errors, string field, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!DurationText.TryParse(value, out var duration))
        {
            errors.Add($"{field} '{value}' is not a duration like 30s, 5m or 1h30m");
        }
        else if (duration > MaxDuration)
        {
            errors.Add($"{field} '{value}' is longer than {DurationText.Format(MaxDuration)}");
        }
    }

    private static void Required(List<string> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{field} is missing");
        }
    }

    private static void KubernetesName(List<string> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{field} is missing");
        }
        else if (!Rfc1123Label().IsMatch(value) || value.Length > maxLength)
        {
            errors.Add($"{field} '{value}' is not a valid Kubernetes name (RFC 1123: lowercase letters, digits and '-', " +
                $"starting and ending with a letter or digit, at most {maxLength} characters)");
        }
    }

    private static void Image(List<string> errors, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("Image is missing");
        }
        else if (!ImageReference().IsMatch(value))
        {
            errors.Add($"Image '{value}' is not an image reference like 'registry.example.com/shop:1.4.2'");
        }
    }

    private static void Strategy(List<string> errors, string? value)
    {
        if (DeploymentStrategies.Normalize(value) is null)
        {
            errors.Add($"Strategy '{value}' is unknown (expected one of: {string.Join(", ", DeploymentStrategies.All)})");
        }
    }

    private static IntOrPercent? Quantity(List<string> errors, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (IntOrPercent.TryParse(value, out var parsed, out var error))
        {
            return parsed;
        }

        errors.Add($"{field} {error}");
        return null;
    }

    // RFC 9110 token: what a header field name may be made of.
    [GeneratedRegex("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")]
    private static partial Regex HttpToken();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Rfc1123Label();

    // [registry[:port]/]path[:tag][@sha256:digest]; the path is lowercase, as the distribution spec requires.
    [GeneratedRegex(@"^([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$")]
    private static partial Regex ImageReference();
}
