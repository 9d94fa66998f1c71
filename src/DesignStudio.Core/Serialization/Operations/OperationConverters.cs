namespace DesignStudio.Core.Serialization.Operations;

/// <summary>
/// The registry of operation converters, one per concrete operation type. A new operation type must be added here;
/// a test enumerates every operation type in Core by reflection and fails for one that is missing.
/// </summary>
internal static class OperationConverters
{
    private static readonly OperationJsonConverter[] All =
    [
        new CompositeOperationJson(),
        new AddCheckConstraintJson(),
        new AddColumnJson(),
        new AddEnumJson(),
        new AddForeignKeyJson(),
        new AddFunctionalDependencyJson(),
        new AddIndexJson(),
        new AddTableJson(),
        new AddUniqueConstraintJson(),
        new ConnectTablesJson(),
        new MoveTableJson(),
        new RemoveCheckConstraintJson(),
        new RemoveColumnJson(),
        new RemoveEnumJson(),
        new RemoveForeignKeyJson(),
        new RemoveFunctionalDependencyJson(),
        new RemoveIndexJson(),
        new RemoveTableJson(),
        new RemoveUniqueConstraintJson(),
        new RenameTableJson(),
        new ReorderColumnJson(),
        new SetPrimaryKeyJson(),
        new SetSubjectAreaTablesJson(),
        new SetTableCommentJson(),
        new SetTableFeaturesJson(),
        new UpdateColumnJson(),
        new AddJunctionTableJson(),
        new AddLintSuppressionJson(),
        new AddStickyNoteJson(),
        new AddSubjectAreaJson(),
        new AddWorkloadQueryJson(),
        new EditStickyNoteJson(),
        new MoveStickyNoteJson(),
        new RecolorSubjectAreaJson(),
        new RemoveLintSuppressionJson(),
        new RemoveStickyNoteJson(),
        new RemoveSubjectAreaJson(),
        new RemoveWorkloadQueryJson(),
        new RenameSubjectAreaJson(),
        new ReplaceTableJson(),
        new ResizeStickyNoteJson(),
        new SetDismissedHintsJson(),
        new SetNamingConventionsJson(),
        new SetTableRowEstimateJson(),
        new UpdateWorkloadQueryJson(),
    ];

    private static readonly Dictionary<Type, OperationJsonConverter> ByType = All.ToDictionary(c => c.OperationType);
    private static readonly Dictionary<string, OperationJsonConverter> ByKind = All.ToDictionary(c => c.Kind, StringComparer.Ordinal);

    public static IReadOnlyCollection<Type> Types => ByType.Keys;

    public static OperationJsonConverter For(Type type) => ByType.TryGetValue(type, out var converter) ? converter
        : throw new NotSupportedException($"No JSON converter is registered for operation type {type.Name}; add one to {nameof(OperationConverters)}.");

    public static OperationJsonConverter? For(string kind) => ByKind.GetValueOrDefault(kind);
}
