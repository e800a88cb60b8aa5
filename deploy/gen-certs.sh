#!/bin/sh
# Certificates for mTLS between Temporal and its clients (production compose, issue 16 item 4):
# one CA; a server certificate for the Temporal frontend (name "temporal"); one client certificate
# each for the Bangfu worker, the Bangfu API and the Temporal UI. Temporal requires client
# certificates signed by this CA (TEMPORAL_TLS_REQUIRE_CLIENT_AUTH), so only holders of a client key
# reach its gRPC port. Keys are 0600 and never leave deploy/certs (gitignored).
#   usage: deploy/gen-certs.sh [dir]   (default deploy/certs; existing files are kept)
set -eu
DIR=${1:-$(dirname "$0")/certs}
DAYS=${BANGFU_CERT_DAYS:-825}
mkdir -p "$DIR"
chmod 711 "$DIR"
cd "$DIR"
umask 077

if [ ! -f ca.key ]; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem \
    -days "$DAYS" -subj "/CN=Bangfu Temporal CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
fi

issue() { # name, extendedKeyUsage, subjectAltName
  [ -f "$1.pem" ] && return 0
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$1.key" -out "$1.csr" -subj "/CN=$1" 2>/dev/null
  printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=%s\nsubjectAltName=%s\n' "$2" "$3" > "$1.ext"
  openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -out "$1.pem" -days "$DAYS" -extfile "$1.ext" 2>/dev/null
  rm -f "$1.csr" "$1.ext"
}

issue temporal serverAuth,clientAuth "DNS:temporal,DNS:localhost,IP:127.0.0.1"
issue bangfu-worker clientAuth "DNS:bangfu-worker"
issue bangfu-api clientAuth "DNS:bangfu-api"
issue temporal-ui clientAuth "DNS:temporal-ui"
# Readable by the containers' users (node and temporal, uid 1000) through the read-only mount; the folder
# cannot be listed (0711). On a shared host, chown the keys to uid 1000 and make them 0600 instead.
chmod 644 ./*.pem ./*.key
chmod 600 ca.key
echo "certificates in $DIR: ca.pem, temporal.pem/.key, bangfu-worker.pem/.key, bangfu-api.pem/.key, temporal-ui.pem/.key"
