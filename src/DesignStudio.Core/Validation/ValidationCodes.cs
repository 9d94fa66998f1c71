namespace DesignStudio.Core.Validation;

/// <summary>Stable codes of the diagnostics <see cref="DesignValidator"/> reports. Codes are never reused.</summary>
public static class ValidationCodes
{
    /// <summary>The dialect passed to the validator is not a known dialect name.</summary>
    public const string UnknownDialect = "DS000";
    /// <summary>Two tables (in the same schema) have the same name.</summary>
    public const string DuplicateTableName = "DS001";
    /// <summary>Two columns of a table have the same name.</summary>
    public const string DuplicateColumnName = "DS002";
    /// <summary>Two constraints of a table (primary key, unique, check, foreign key) have the same name.</summary>
    public const string DuplicateConstraintName = "DS003";
    /// <summary>Two indexes share a name where the dialect keeps index names in one namespace.</summary>
    public const string DuplicateIndexName = "DS004";
    /// <summary>Two enums (in the same schema) have the same name.</summary>
    public const string DuplicateEnumName = "DS005";
    /// <summary>An identifier is empty or only white space.</summary>
    public const string EmptyIdentifier = "DS006";
    /// <summary>An identifier is longer than the dialect allows.</summary>
    public const string IdentifierTooLong = "DS007";
    /// <summary>An identifier holds a character the dialect cannot store in a name.</summary>
    public const string InvalidIdentifierCharacter = "DS008";
    /// <summary>Two objects share a stable id, so references to it are ambiguous.</summary>
    public const string DuplicateId = "DS009";
    /// <summary>A key, constraint, index, dependency or feature refers to a column id the table does not have.</summary>
    public const string MissingColumn = "DS010";
    /// <summary>A foreign key or subject area refers to a table id the design does not have.</summary>
    public const string MissingTable = "DS011";
    /// <summary>An enum-typed column has no enum id or refers to a missing enum.</summary>
    public const string MissingEnum = "DS012";
    /// <summary>An enum has no values or repeats a value.</summary>
    public const string InvalidEnum = "DS013";
    /// <summary>Type parameters are invalid: decimal scale above precision, varchar without length, lengths below 1.</summary>
    public const string InvalidTypeParameters = "DS014";
    /// <summary>A foreign key has no columns or a different number of columns than its target.</summary>
    public const string ForeignKeyColumnCount = "DS015";
    /// <summary>A foreign key's target columns are not exactly a primary key or unique key of the target table.</summary>
    public const string ForeignKeyTargetNotKey = "DS016";
    /// <summary>A foreign key column's type differs from the type of the column it references.</summary>
    public const string ForeignKeyTypeMismatch = "DS017";
    /// <summary>Tables form a cycle of NOT NULL foreign keys, so no row can ever be inserted into them.</summary>
    public const string NotNullForeignKeyCycle = "DS018";
    /// <summary>A primary key, unique constraint or index has no columns, or an index part is neither a column nor an expression.</summary>
    public const string EmptyKey = "DS019";
    /// <summary>The updated-at feature points at a column that is not a timestamp.</summary>
    public const string UpdatedAtNotTimestamp = "DS020";
}
