using DesignStudio.Core.Analysis.Lint;

namespace DesignStudio.Web.Services.Reviews;

/// <summary>A lint finding of the reviewed version, and whether the base version did not have it.</summary>
public sealed record ReviewLintItem(LintFinding Finding, bool IsNew);
