using DesignStudio.Core.Model;

namespace DesignStudio.Web.Components.Pages.Designer;

/// <summary>What the column form produces: the column as it should be and whether it belongs to the primary key.</summary>
public sealed record ColumnEdit(Column Column, bool PrimaryKey);
