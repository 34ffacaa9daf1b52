using Suite.ComplianceWindows.Approvals;
using Suite.ComplianceWindows.Signals;
using YamlDotNet.RepresentationModel;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>Reads what a profile demands beyond its calendar: <c>frameworks</c>, <c>requireApproval</c>, <c>overrides</c> and <c>signals</c>.</summary>
internal static class PolicyReader
{
    public static List<Framework> Frameworks(YamlFields profile, ProblemLog problems)
    {
        var frameworks = new List<Framework>();
        var items = profile.List("frameworks");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode { Value: { } plain } && !string.IsNullOrWhiteSpace(plain))
            {
                frameworks.Add(new Framework(plain.Trim(), []));
                continue;
            }

            var f = new YamlFields(items[i], problems, $"frameworks #{i + 1}");
            var name = f.Text("name", required: true);
            f.What = name is null ? f.What : $"framework '{name}'";
            var demands = f.Strings("demands");
            f.RefuseUnknownKeys();
            if (name is not null)
            {
                frameworks.Add(new Framework(name, demands));
            }
        }

        return frameworks;
    }

    public static ApprovalRequirement? Approval(YamlFields profile, ProblemLog problems)
    {
        if (profile.Get("requireApproval") is not { } node)
        {
            return null;
        }

        var f = new YamlFields(node, problems, "requireApproval");
        var environments = f.Strings("environments");
        var reason = f.Text("reason", required: true);
        f.RefuseUnknownKeys();
        return new ApprovalRequirement { Environments = environments, Reason = reason ?? "" };
    }

    public static OverridePolicy Overrides(YamlFields profile, ProblemLog problems)
    {
        if (profile.Get("overrides") is not { } node)
        {
            return new OverridePolicy();
        }

        var f = new YamlFields(node, problems, "overrides");
        var policy = new OverridePolicy
        {
            Allowed = f.Read<bool>("allowed", ValueText.TryBool, "true or false") ?? true,
            SecondPerson = f.Read<bool>("secondPerson", ValueText.TryBool, "true or false") ?? false,
        };
        f.RefuseUnknownKeys();
        return policy;
    }

    public static List<SignalRule> Signals(YamlFields profile, ProblemLog problems)
    {
        var rules = new List<SignalRule>();
        var items = profile.List("signals");
        for (var i = 0; i < items.Count; i++)
        {
            var f = new YamlFields(items[i], problems, $"signals #{i + 1}");
            var condition = f.Text("condition", required: true);
            f.What = condition is null ? f.What : $"signal '{condition}'";
            var above = f.Read<double>("above", ValueText.TryNumber, "a number");
            var below = f.Read<double>("below", ValueText.TryNumber, "a number");
            var ttl = f.Read<TimeSpan>("ttl", ValueText.TryDuration, "a duration such as 5m");
            var unknownBlocks = f.Read<bool>("unknownBlocks", ValueText.TryBool, "true or false") ?? false;
            var description = f.Text("description");
            f.RefuseUnknownKeys();
            if (above is null && below is null && f.Get("above") is null && f.Get("below") is null)
            {
                f.Needs("a threshold: 'above', 'below' or both");
            }

            if (ttl is { } t && t <= TimeSpan.Zero)
            {
                f.Problem("ttl", "'ttl' must be longer than zero");
            }

            if (condition is not null && (above is not null || below is not null))
            {
                rules.Add(new SignalRule
                {
                    Condition = condition, Above = above, Below = below, Ttl = ttl ?? TimeSpan.FromMinutes(5),
                    UnknownBlocks = unknownBlocks, Description = description,
                });
            }
        }

        return rules;
    }
}
