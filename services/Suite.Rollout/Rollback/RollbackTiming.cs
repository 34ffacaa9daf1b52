namespace Suite.Rollout.Rollback;

/// <summary>When each part of a rollback happened, for <see cref="Contracts.Rollout.RollbackApplied"/>: what Suite took beyond the cluster's pod start-up.</summary>
internal sealed class RollbackTiming
{
    /// <summary>All traffic routed to the previous version: at once where it had ready pods, else once it is back.</summary>
    public DateTimeOffset? TrafficSwitchedAt { get; set; }

    /// <summary>The cluster was asked to bring the previous version back to full strength.</summary>
    public DateTimeOffset? RestoreStartedAt { get; set; }

    /// <summary>The latest of the previous version's pods became ready, by the cluster's own record of its pods.</summary>
    public DateTimeOffset? PreviousReadyAt { get; set; }

    public DateTimeOffset? FullyServingAt { get; set; }
}
