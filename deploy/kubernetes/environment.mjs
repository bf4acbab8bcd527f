// The environment the production overlay gives the portal's container, one KEY=VALUE a line: the ConfigMap's
// settings and the literal values; a value from a Secret as KEY=secret:NAME/KEY. Used by deploy/image/check.sh to
// run the packaged server as Kubernetes would.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const objects = parseAllDocuments(execFileSync("kubectl", ["kustomize", join(here, "overlays", "production")],
  { encoding: "utf8" })).map((d) => d.toJS()).filter(Boolean);
const container = objects.find((o) => o.kind === "Deployment" && o.metadata.name === "portal")
  .spec.template.spec.containers[0];
const lines = [];
for (const from of container.envFrom ?? []) {
  const map = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === from.configMapRef.name);
  for (const [k, v] of Object.entries(map.data)) lines.push(`${k}=${v}`);
}
for (const e of container.env ?? []) {
  const ref = e.valueFrom?.secretKeyRef;
  lines.push(ref ? `${e.name}=secret:${ref.name}/${ref.key}` : `${e.name}=${e.value}`);
}
console.log(lines.join("\n"));
