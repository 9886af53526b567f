#!/bin/sh
# One-shot job (temporalio/admin-tools): registers the namespace the API and the worker use, once the
# server answers. Safe to run again.
set -eu
NAMESPACE=${TEMPORAL_NAMESPACE:-default}
for attempt in 1 2 3 4 5 6 7 8 9 10 11 12; do
  temporal operator cluster health --address "$TEMPORAL_ADDRESS" && break
  echo "waiting for the Temporal server (attempt $attempt)"
  sleep 5
done
temporal operator namespace describe --namespace "$NAMESPACE" --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1 ||
  temporal operator namespace create --namespace "$NAMESPACE" --retention 30d --address "$TEMPORAL_ADDRESS"
echo "namespace $NAMESPACE is ready"
