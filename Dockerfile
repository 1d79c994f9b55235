# Build: a static binary without cgo (Bleve builds without it), the same
# command as `make build`.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/jhasearch ./cmd/jhasearch
RUN mkdir -p /out/data

# Run: distroless, non-root, the data directory on a volume.
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
