# syntax=docker/dockerfile:1
# Multi-stage build of the studio. No Docker engine runs on our own machines: this file is kept simple and unbuilt here.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/DesignStudio.Web/DesignStudio.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 DesignStudio__DataDirectory=/data
RUN mkdir -p /data && chown app /data
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "DesignStudio.Web.dll"]
