#!/usr/bin/env bash
# Renders deploy/overlays/{dev,production} with kubectl kustomize and checks every Deployment:
# liveness and readiness probes, a non-root and locked-down securityContext, resource limits,
# one Deployment per service project, and a single Orchestrator. Prints one line; exits non-zero
# on the first failure. Skips (exit 0) where kubectl is not installed.
set -euo pipefail

if ! command -v kubectl >/dev/null 2>&1; then
  echo "skipped: kubectl not installed"
  exit 0
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "deploy check failed: $*" | tr '\n' ' ' | sed 's/ *$//'
  echo
  exit 1
}

overlays=(dev production)
for overlay in "${overlays[@]}"; do
  if ! kubectl kustomize "$root/deploy/overlays/$overlay" >"$work/$overlay.yaml" 2>"$work/err"; then
    fail "kubectl kustomize deploy/overlays/$overlay: $(head -n 1 "$work/err")"
  fi
  # kubectl turns the YAML into JSON offline, so the check needs nothing beyond python's standard library.
  if ! kubectl annotate --local -f "$work/$overlay.yaml" suite-deploy-check=rendered -o json >"$work/$overlay.json" 2>"$work/err"; then
    fail "deploy/overlays/$overlay: rendered YAML unreadable: $(head -n 1 "$work/err")"
  fi
done

python3 - "$root/services" "$work" "${overlays[@]}" <<'PY'
import json, os, re, sys

services_dir, work, overlays = sys.argv[1], sys.argv[2], sys.argv[3:]


def fail(reason):
    print(f"deploy check failed: {reason}")
    sys.exit(1)


def objects(path):
    text, decoder, i, found = open(path).read(), json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return found
        obj, i = decoder.raw_decode(text, i)
        found.extend(obj.get("items", []) if obj.get("kind") == "List" else [obj])


def kebab(name):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower()


projects = sorted(
    d for d in os.listdir(services_dir)
    if d.startswith("Suite.") and d != "Suite.Host" and os.path.isfile(os.path.join(services_dir, d, "Program.cs")))
if not projects:
    fail(f"no service project with a Program.cs under {services_dir}")

for overlay in overlays:
    deployments = {o["metadata"]["name"]: o for o in objects(os.path.join(work, overlay + ".json")) if o.get("kind") == "Deployment"}
    for project in projects:
        if kebab(project.removeprefix("Suite.")) not in deployments:
            fail(f"{overlay}: no Deployment '{kebab(project.removeprefix('Suite.'))}' for services/{project}")

    for name, deployment in sorted(deployments.items()):
        where = f"{overlay}: Deployment {name}"
        pod = deployment["spec"]["template"]
        spec = pod["spec"]
        pod_security = spec.get("securityContext") or {}
        if (pod.get("metadata", {}).get("annotations") or {}).get("prometheus.io/scrape") != "true":
            fail(f"{where}: no prometheus.io/scrape annotation on its pods")
        for c in spec.get("containers", []):
            at = f"{where}, container {c['name']}"
            for probe, path in (("livenessProbe", "/health/live"), ("readinessProbe", "/health/ready")):
                got = ((c.get(probe) or {}).get("httpGet") or {}).get("path")
                if got != path:
                    fail(f"{at}: {probe} must be an httpGet on {path} (found {got!r})")
            security = c.get("securityContext") or {}
            if security.get("runAsNonRoot", pod_security.get("runAsNonRoot")) is not True:
                fail(f"{at}: runAsNonRoot is not true")
            if security.get("runAsUser", pod_security.get("runAsUser")) == 0:
                fail(f"{at}: runs as user 0")
            if security.get("readOnlyRootFilesystem") is not True:
                fail(f"{at}: readOnlyRootFilesystem is not true")
            if security.get("allowPrivilegeEscalation") is not False:
                fail(f"{at}: allowPrivilegeEscalation is not false")
            if "ALL" not in ((security.get("capabilities") or {}).get("drop") or []):
                fail(f"{at}: capabilities do not drop ALL")
            resources = c.get("resources") or {}
            for kind in ("requests", "limits"):
                missing = [r for r in ("cpu", "memory") if r not in (resources.get(kind) or {})]
                if missing:
                    fail(f"{at}: no {kind} for {', '.join(missing)}")

    orchestrator = deployments.get("orchestrator")
    replicas = orchestrator["spec"].get("replicas", 1) if orchestrator else 1
    if replicas != 1:
        fail(f"{overlay}: orchestrator has {replicas} replicas; its saga store is in memory, so it must run exactly 1")

print(f"deploy check: {', '.join(overlays)} render; {len(projects)} services each have a checked Deployment")
PY
