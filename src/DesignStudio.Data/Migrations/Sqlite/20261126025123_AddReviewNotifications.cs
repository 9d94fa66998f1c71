using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesignStudio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReviewNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "ThreadId",
                table: "notifications",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<int>(
                name: "ReviewNumber",
                table: "notifications",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReviewNumber",
                table: "notifications");

            migrationBuilder.AlterColumn<Guid>(
                name: "ThreadId",
                table: "notifications",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
