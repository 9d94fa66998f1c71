using DesignStudio.Data.Reviews;
using DesignStudio.Web.Services.Versions;

namespace DesignStudio.Web.Services.Reviews;

/// <summary>A review with the two designs it compares (base → reviewed version).</summary>
public sealed record ReviewedVersions(ReviewDetails Details, ComparedPair Pair);
