# Build: a static binary without cgo (Bleve builds without it), the same
# command as `make build`.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/jhasearch ./cmd/jhasearch
RUN mkdir -p /out/data

# The variant with Chromium, for sources with fetch: browser (CEPOL's
# newsroom is built by JavaScript): docker build --target browser .
# Debian's chromium needs glibc and its libraries, so this image is larger
# (about 700 MB against 20 MB); the default image below stays static.
FROM debian:bookworm-slim AS browser
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --uid 65532 --user-group --create-home --home-dir /home/nonroot nonroot
# Chromium's sandbox needs user namespaces that Docker's default seccomp
# profile refuses, so it runs without it. What a page can reach is bounded
# by the crawler instead: every request goes through its own HTTP client,
# to the source's hosts only. Debian's launcher reads /etc/chromium.d.
RUN echo 'export CHROMIUM_FLAGS="$CHROMIUM_FLAGS --no-sandbox"' > /etc/chromium.d/jhasearch
COPY --from=build /out/jhasearch /usr/local/bin/jhasearch
COPY --from=build --chown=65532:65532 /out/data /data
ENV JHASEARCH_DATA=/data \
    JHASEARCH_ADDR=0.0.0.0:8080
VOLUME ["/data"]
EXPOSE 8080
USER nonroot:nonroot
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s \
    CMD ["/usr/local/bin/jhasearch", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/jhasearch"]
CMD ["serve"]

# Run: distroless, non-root, the data directory on a volume. The last
# stage is what a plain docker build makes.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/jhasearch /usr/local/bin/jhasearch
# An empty data directory owned by the non-root user, so that a new named
# volume mounted there is writable.
COPY --from=build --chown=65532:65532 /out/data /data
ENV JHASEARCH_DATA=/data \
    JHASEARCH_ADDR=0.0.0.0:8080
VOLUME ["/data"]
EXPOSE 8080
USER nonroot:nonroot
# Ready means an index is served: a container on a new, empty volume stays
# unhealthy until its first crawl or import has built one.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s \
    CMD ["/usr/local/bin/jhasearch", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/jhasearch"]
CMD ["serve"]
