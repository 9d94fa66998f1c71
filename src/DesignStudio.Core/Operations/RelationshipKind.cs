namespace DesignStudio.Core.Operations;

/// <summary>The kind of relationship a canvas connection creates.</summary>
public enum RelationshipKind
{
    /// <summary>A plain foreign key: many referencing rows per referenced row.</summary>
    OneToMany,

    /// <summary>A foreign key whose columns are also unique: at most one referencing row per referenced row.</summary>
    OneToOne,

    /// <summary>A junction table with a foreign key to each table and a composite primary key over both.</summary>
    ManyToMany,
}
