namespace Suite.Sagas.Leases;

/// <summary>
/// At most one running deployment per application and namespace. Taken when a request is
/// accepted, given back when the deployment ends.
/// </summary>
public interface IDeploymentLeases
{
    /// <summary>
    /// Takes the lease for <paramref name="deploymentId"/> and returns null; when another deployment
    /// holds it, returns that deployment's id. Taking it again for the same id succeeds.
    /// </summary>
    Task<Guid?> TryAcquireAsync(string @namespace, string application, Guid deploymentId, CancellationToken cancellationToken);

    /// <summary>Gives the lease back if <paramref name="deploymentId"/> holds it.</summary>
    Task ReleaseAsync(string @namespace, string application, Guid deploymentId, CancellationToken cancellationToken);
}
