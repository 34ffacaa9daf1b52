using System.Text;
using OpenTelemetry.Metrics;

namespace Suite.ServiceDefaults;

/// <summary>Writes metric families in Prometheus text exposition format 0.0.4.</summary>
internal static class PrometheusTextWriter
{
    public static string Write(IEnumerable<Metric> metrics)
    {
        var text = new StringBuilder();
        // A family's samples must be contiguous, and meters may repeat an instrument name.
        foreach (var family in metrics.Where(IsSupported).GroupBy(FamilyName))
        {
            var first = family.First();
            if (!string.IsNullOrEmpty(first.Description))
            {
                text.Append("# HELP ").Append(family.Key).Append(' ')
                    .Append(PrometheusNames.EscapeHelp(first.Description)).Append('\n');
            }

            text.Append("# TYPE ").Append(family.Key).Append(' ').Append(TypeOf(first.MetricType)).Append('\n');
            foreach (var metric in family)
            {
                WritePoints(text, family.Key, metric);
            }
        }

        return text.ToString();
    }

    private static bool IsSupported(Metric metric) => metric.MetricType != MetricType.ExponentialHistogram;

    private static bool IsCounter(MetricType type) => type is MetricType.LongSum or MetricType.DoubleSum;

    private static string FamilyName(Metric metric) =>
        PrometheusNames.MetricName(metric.Name, metric.Unit, IsCounter(metric.MetricType));

    private static string TypeOf(MetricType type) => type switch
    {
        MetricType.LongSum or MetricType.DoubleSum => "counter",
        MetricType.Histogram => "histogram",
        _ => "gauge",
    };

    private static void WritePoints(StringBuilder text, string name, Metric metric)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            var labels = Labels(point);
            switch (metric.MetricType)
            {
                case MetricType.LongSum or MetricType.LongSumNonMonotonic:
                    Sample(text, name, labels, PrometheusNames.Number(point.GetSumLong()));
                    break;
                case MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic:
                    Sample(text, name, labels, PrometheusNames.Number(point.GetSumDouble()));
                    break;
                case MetricType.LongGauge:
                    Sample(text, name, labels, PrometheusNames.Number(point.GetGaugeLastValueLong()));
                    break;
                case MetricType.DoubleGauge:
                    Sample(text, name, labels, PrometheusNames.Number(point.GetGaugeLastValueDouble()));
                    break;
                case MetricType.Histogram:
                    WriteHistogram(text, name, labels, point);
                    break;
            }
        }
    }

    private static void WriteHistogram(StringBuilder text, string name, List<string> labels, in MetricPoint point)
    {
        long cumulative = 0;
        foreach (var bucket in point.GetHistogramBuckets())
        {
            cumulative += bucket.BucketCount;
            var le = $"le=\"{PrometheusNames.Number(bucket.ExplicitBound)}\"";
            Sample(text, name + "_bucket", [.. labels, le], PrometheusNames.Number(cumulative));
        }

        Sample(text, name + "_sum", labels, PrometheusNames.Number(point.GetHistogramSum()));
        Sample(text, name + "_count", labels, PrometheusNames.Number(point.GetHistogramCount()));
    }

    private static List<string> Labels(in MetricPoint point)
    {
        var labels = new List<string>();
        foreach (var tag in point.Tags)
        {
            var value = Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            labels.Add($"{PrometheusNames.LabelName(tag.Key)}=\"{PrometheusNames.EscapeLabelValue(value)}\"");
        }

        return labels;
    }

    private static void Sample(StringBuilder text, string name, List<string> labels, string value)
    {
        text.Append(name);
        if (labels.Count > 0)
        {
            text.Append('{').AppendJoin(',', labels).Append('}');
        }

        text.Append(' ').Append(value).Append('\n');
    }
}
