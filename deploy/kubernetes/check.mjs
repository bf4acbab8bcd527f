// Checks the Kubernetes manifests without a cluster: each overlay built by kustomize (kubectl kustomize), every
// object validated against its published schema (the Kubernetes API's and CloudNativePG's, as kubernetes-models
// compiles them from the OpenAPI documents), and the rules of this deployment: no Secret in any overlay, the
// portal's probes, every setting the portal reads set in production, and the realm import kept equal to the
// realm file (its placeholders all given). The Keycloak Operator publishes no schema to a registry reachable here:
// its two objects are checked for the fields this deployment relies on.
//
//   node check.mjs                 check both overlays (fails with the reasons)
//   node check.mjs --write-realm   write base/keycloak/realm-import.yaml from keycloak-realm/ again
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, stringify } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const realmFile = join(root, "keycloak-realm", "care-communities-realm.json");
const realmImport = join(here, "base", "keycloak", "realm-import.yaml");
const problems = [];
const problem = (where, what) => problems.push(`${where}: ${what}`);

function realmImportObject() {
  const realm = JSON.parse(readFileSync(realmFile, "utf8"));
  const names = [...new Set(readFileSync(realmFile, "utf8").match(/\$\{[A-Z_]+\}/g).map((p) => p.slice(2, -1)))].sort();
  return {
    apiVersion: "k8s.keycloak.org/v2alpha1",
    kind: "KeycloakRealmImport",
    metadata: { name: "care-communities" },
    spec: {
      keycloakCRName: "keycloak",
      placeholders: Object.fromEntries(names.map((n) => [n, { secret: { name: "keycloak-realm-settings", key: n } }])),
      realm,
    },
  };
}

if (process.argv.includes("--write-realm")) {
  writeFileSync(realmImport, "# Made from keycloak-realm/care-communities-realm.json by `node check.mjs --write-realm`: do not edit.\n"
    + "# The production realm (no accounts); its placeholders come from the Secret keycloak-realm-settings.\n"
    + stringify(realmImportObject(), { lineWidth: 0 }));
  console.log(`wrote ${realmImport}`);
  process.exit(0);
}

const models = {
  "v1": (kind) => `kubernetes-models/v1/${kind}`,
  "apps/v1": (kind) => `kubernetes-models/apps/v1/${kind}`,
  "policy/v1": (kind) => `kubernetes-models/policy/v1/${kind}`,
  "autoscaling/v2": (kind) => `kubernetes-models/autoscaling/v2/${kind}`,
  "networking.k8s.io/v1": (kind) => `kubernetes-models/networking.k8s.io/v1/${kind}`,
  "postgresql.cnpg.io/v1": (kind) => `@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/${kind}`,
};

function build(overlay) {
  let out;
  try {
    out = execFileSync("kubectl", ["kustomize", join(here, "overlays", overlay)], { encoding: "utf8" });
  } catch (e) {
    console.error(e.code === "ENOENT" ? "kubectl is missing: it builds the overlays (kubectl kustomize)" : e.message);
    process.exit(1);
  }
  return parseAllDocuments(out).map((d) => d.toJS()).filter(Boolean);
}

async function validate(overlay, objects) {
  for (const o of objects) {
    const where = `${overlay} ${o.kind}/${o.metadata?.name}`;
    if (o.kind === "Secret") {
      problem(where, "a Secret in the manifests: secrets are created apart (see the README)");
      continue;
    }
    const model = models[o.apiVersion];
    if (model) {
      const module = await import(model(o.kind));
      const Kind = module[o.kind];
      try {
        new Kind(o).validate();
      } catch (e) {
        problem(where, e.message);
      }
    } else if (o.apiVersion === "k8s.keycloak.org/v2alpha1") {
      keycloak(where, o);
    } else {
      problem(where, `no schema known for ${o.apiVersion}`);
    }
  }
}

/** JSON with every object's keys in order: kustomize writes them sorted. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** What this deployment relies on in the Keycloak Operator's objects (its schema is not published here). */
function keycloak(where, o) {
  if (o.kind === "Keycloak") {
    const db = o.spec?.db ?? {};
    if (db.vendor !== "postgres" || db.host !== "portal-db-rw" || db.database !== "keycloak"
      || !db.usernameSecret?.name || !db.passwordSecret?.name) {
      problem(where, "Keycloak keeps its data in the cluster's keycloak database, its credentials from a Secret");
    }
    if (!Number.isInteger(o.spec?.instances) || o.spec.instances < 1) problem(where, "instances must be a whole number");
    if (typeof o.spec?.hostname?.hostname !== "string") problem(where, "hostname.hostname is the public address");
  } else if (o.kind === "KeycloakRealmImport") {
    const expected = realmImportObject();
    if (canonical(o.spec?.realm) !== canonical(expected.spec.realm)) {
      problem(where, "differs from keycloak-realm/care-communities-realm.json: run node check.mjs --write-realm");
    }
    if (o.spec?.realm?.users?.length) problem(where, "the production realm holds no accounts");
    for (const name of Object.keys(expected.spec.placeholders)) {
      if (!o.spec?.placeholders?.[name]?.secret?.name) problem(where, `placeholder ${name} is not given`);
    }
    if (o.spec?.keycloakCRName !== "keycloak") problem(where, "imports into the Keycloak named keycloak");
  } else {
    problem(where, "unknown Keycloak Operator kind");
  }
}

/** The environment variables the portal reads: Liberty's variables, and MicroProfile settings without a default. */
function settingsRead() {
  const names = new Set();
  for (const file of ["server.xml", "db/postgresql.xml", "sessions/database.xml"]) {
    for (const m of readFileSync(join(root, "liberty", file), "utf8").matchAll(/<variable name="([^"]+)"/g)) names.add(m[1]);
  }
  const walk = (dir) => readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith(".java") ? [p] : [];
  });
  for (const file of walk(join(root, "src", "main", "java"))) {
    for (const m of readFileSync(file, "utf8").matchAll(/ConfigProperty\(name = "([^"]+)"\s*\)/g)) names.add(m[1]);
  }
  // the image fixes where the application is; the test server's own switches are not the portal's settings
  for (const fixed of ["portal.app.config", "queries.header"]) names.delete(fixed);
  return [...names].map((n) => n.toUpperCase().replace(/[.-]/g, "_")).sort();
}

function production(objects) {
  const portal = objects.find((o) => o.kind === "Deployment" && o.metadata.name === "portal");
  const container = portal.spec.template.spec.containers[0];
  const set = new Set((container.env ?? []).map((e) => e.name));
  for (const from of container.envFrom ?? []) {
    const map = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === from.configMapRef?.name);
    if (!map) problem("production", `envFrom names a ConfigMap that is not there: ${JSON.stringify(from)}`);
    Object.keys(map?.data ?? {}).forEach((k) => set.add(k));
  }
  const missing = settingsRead().filter((n) => !set.has(n));
  if (missing.length) problem("production Deployment/portal", `settings the portal reads that are not set: ${missing.join(", ")}`);
  if (container.readinessProbe?.httpGet?.path !== "/health/ready") problem("production", "readiness on /health/ready");
  if (container.livenessProbe?.httpGet?.path !== "/health/live") problem("production", "liveness on /health/live");
  if (portal.spec.replicas !== 3) problem("production", "three replicas");
  const settings = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === "portal-settings").data;
  if (settings.DEMO_DATA !== "false") problem("production", "no demo data");
  if (settings.SESSION_STORE !== "database") problem("production", "sign-ins shared through the database");
  const db = objects.find((o) => o.kind === "Cluster");
  if (db.spec.instances !== 3 || !db.spec.backup?.barmanObjectStore) problem("production", "three database instances, backed up");
}

for (const overlay of ["production", "demo"]) {
  const objects = build(overlay);
  await validate(overlay, objects);
  if (overlay === "production") production(objects);
  console.log(`${overlay}: ${objects.length} objects (${[...new Set(objects.map((o) => o.kind))].join(", ")})`);
}
if (problems.length) {
  console.error("The manifests have problems:\n  " + problems.join("\n  "));
  process.exit(1);
}
console.log("The manifests validate.");
