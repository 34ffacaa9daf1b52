using Microsoft.Extensions.Options;
using Suite.Contracts.Gates;
using Suite.Contracts.Rollout;
using Suite.Sagas.History;
using Suite.Sagas.Leases;

namespace Suite.Sagas.Deployments;

/// <summary>The steps the state machine repeats, as binder extensions.</summary>
public static class DeploymentStateMachineExtensions
{
    /// <summary>Folds the event into the saga and appends it to the history.</summary>
    public static EventActivityBinder<DeploymentState, T> Record<T>(this EventActivityBinder<DeploymentState, T> binder,
        Func<BehaviorContext<DeploymentState, T>, IHistoryEvent> historyEvent)
        where T : class =>
        binder.ThenAsync(context => HistoryRecorder.Record(context, historyEvent(context)));

    /// <summary>Does what <see cref="DeploymentProgress.Next"/> says and moves to the state that follows.</summary>
    public static EventActivityBinder<DeploymentState, T> Advance<T>(this EventActivityBinder<DeploymentState, T> binder)
        where T : class =>
        binder.Activity(x => x.OfInstanceType<AdvanceDeploymentActivity>());

    /// <summary>Takes the application's lease, or adds the reason it cannot be had to the saga's rejection errors.</summary>
    public static EventActivityBinder<DeploymentState, DeploymentRequested> Validate(
        this EventActivityBinder<DeploymentState, DeploymentRequested> binder) =>
        binder.ThenAsync(async context =>
        {
            var policy = context.GetServiceOrCreateInstance<IOptions<DeploymentPolicy>>().Value;
            var errors = RequestValidation.Validate(context.Message, policy).ToList();
            if (errors.Count == 0)
            {
                var leases = context.GetServiceOrCreateInstance<IDeploymentLeases>();
                var holder = await leases.TryAcquireAsync(context.Message.Namespace, context.Message.Application,
                    context.Saga.CorrelationId, context.CancellationToken);
                if (holder is { } other)
                {
                    errors.Add($"a deployment of {context.Message.Namespace}/{context.Message.Application} is already running ({other}); " +
                        "wait for it to finish or abort it");
                }
            }

            context.Saga.RejectionErrors = errors;
        });

    /// <summary>Records the request's strategy options, with its progress deadline and rollback window or the configured defaults.</summary>
    public static EventActivityBinder<DeploymentState, DeploymentRequested> RecordOptions(
        this EventActivityBinder<DeploymentState, DeploymentRequested> binder, TimeProvider time) =>
        binder.Record(c =>
        {
            var defaults = c.GetServiceOrCreateInstance<IOptions<DeploymentTimings>>().Value;
            return new RequestOptionsAccepted(DeploymentRequestOptions.Of(c.Message), Duration(c.Message.ProgressDeadline, defaults.ProgressDeadline),
                Duration(c.Message.RollbackWindow, defaults.RollbackWindow), time.GetUtcNow());
        });

    public static EventActivityBinder<DeploymentState, PromoteDeployment> RecordPromoted(
        this EventActivityBinder<DeploymentState, PromoteDeployment> binder, TimeProvider time) =>
        binder.Record(c => new Promoted(c.Message.RequestedBy, c.Message.Reason, c.Message.Full, time.GetUtcNow()));

    /// <summary>Records the route the step asked for (the answer repeats only its weight).</summary>
    public static EventActivityBinder<DeploymentState, TrafficRouteSet> RecordRoute(
        this EventActivityBinder<DeploymentState, TrafficRouteSet> binder, TimeProvider time) =>
        binder.Record(c =>
        {
            var step = c.Saga.Steps.First(s => s.Index == c.Message.StepIndex);
            return new TrafficRouted(step.Index, step.TrafficWeight, step.HeaderRoute, time.GetUtcNow());
        });

    public static EventActivityBinder<DeploymentState, GateEvaluated> RecordGate(
        this EventActivityBinder<DeploymentState, GateEvaluated> binder, TimeProvider time) =>
        binder.Record(c => c.Message.Passed
            ? new GatePassed(c.Message.Stage, c.Message.StepIndex, c.Message.Summary, c.Message.Observed, time.GetUtcNow())
            : new GateFailed(c.Message.Stage, c.Message.StepIndex, c.Message.Summary, c.Message.Observed, time.GetUtcNow()));

    public static EventActivityBinder<DeploymentState, T> PublishResumed<T>(this EventActivityBinder<DeploymentState, T> binder, TimeProvider time)
        where T : class =>
        binder.PublishAsync(c => c.Init<DeploymentResumed>(new DeploymentResumed
        {
            DeploymentId = c.Saga.CorrelationId, Application = c.Saga.Application, Environment = c.Saga.Environment,
            RequestedBy = Actor(c.Message).By, Reason = Actor(c.Message).Reason, OccurredAt = time.GetUtcNow(),
        }));

    /// <summary>Records that a service faulted on the saga's command, with the first exception's message.</summary>
    public static EventActivityBinder<DeploymentState, Fault<T>> RecordFault<T>(this EventActivityBinder<DeploymentState, Fault<T>> binder,
        string command, TimeProvider time)
        where T : class =>
        binder.Record(c => new CommandFaulted(command, c.Message.Exceptions.FirstOrDefault()?.Message ?? "faulted", time.GetUtcNow()));

    public static EventActivityBinder<DeploymentState, GateEvaluated> PublishStepCompleted(
        this EventActivityBinder<DeploymentState, GateEvaluated> binder, TimeProvider time) =>
        binder.PublishAsync(c => c.Init<DeploymentStepCompleted>(new DeploymentStepCompleted
        {
            DeploymentId = c.Saga.CorrelationId, Application = c.Saga.Application, Environment = c.Saga.Environment,
            Step = c.Saga.CompletedSteps, TotalSteps = PlanShape.RunSteps(c.Saga.Steps), NewReplicas = c.Saga.NewReady, OldReplicas = c.Saga.OldReady,
            NewVersionWeight = DeploymentProgress.NewVersionWeight(c.Saga), OccurredAt = time.GetUtcNow(),
        }));

    private static TimeSpan Duration(string? text, TimeSpan fallback) => DurationText.TryParse(text, out var duration) ? duration : fallback;

    private static (string By, string? Reason) Actor(object message) => message switch
    {
        ResumeDeployment r => (r.RequestedBy, r.Reason),
        PromoteDeployment { Full: true } p => (p.RequestedBy, p.Reason ?? "fully promoted"),
        PromoteDeployment p => (p.RequestedBy, p.Reason ?? "promoted"),
        _ => ("", null),
    };
}
