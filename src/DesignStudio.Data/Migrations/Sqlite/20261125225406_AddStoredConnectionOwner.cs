using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesignStudio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddStoredConnectionOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerUserId",
                table: "stored_connections",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_stored_connections_OwnerUserId",
                table: "stored_connections",
                column: "OwnerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_stored_connections_OwnerUserId",
                table: "stored_connections");

            migrationBuilder.DropColumn(
                name: "OwnerUserId",
                table: "stored_connections");
        }
    }
}
