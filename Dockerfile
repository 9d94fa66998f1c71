# syntax=docker/dockerfile:1
# Multi-stage image of the studio: build with the SDK, run on the ASP.NET runtime as a non-root user.
# No Docker engine runs on our own machines, so this file is kept simple; it is not built by the test suite.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/DesignStudio.Web/DesignStudio.Web.csproj -c Release -o /app

# The full (non-chiseled) aspnet image includes ICU, which the studio needs (InvariantGlobalization=false for SQL Server).
FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    DesignStudio__DataDirectory=/data
RUN mkdir -p /data && chown app:app /data
USER app
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "DesignStudio.Web.dll"]
