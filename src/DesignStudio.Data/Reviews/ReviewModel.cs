using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data.Reviews;

/// <summary>The EF Core mapping of reviews, their reviewers and their discussion.</summary>
public static class ReviewModel
{
    /// <summary>Longest comment or request message.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Longest object label on a comment.</summary>
    public const int MaxLabelLength = 300;

    /// <summary>Maps the entities onto <paramref name="modelBuilder"/>.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Review>(review =>
        {
            review.ToTable("reviews");
            review.HasKey(r => r.Id);
            review.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
            review.HasIndex(r => new { r.ProjectId, r.VersionNumber });
            review.Property(r => r.RequestedBy).HasMaxLength(450).IsRequired();
            review.Property(r => r.Message).HasMaxLength(MaxTextLength);
            review.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            review.Property(r => r.Revision).IsConcurrencyToken();
            review.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ReviewReviewer>(reviewer =>
        {
            reviewer.ToTable("review_reviewers");
            reviewer.HasKey(r => new { r.ReviewId, r.UserId });
            reviewer.HasIndex(r => r.UserId);
            reviewer.Property(r => r.UserId).HasMaxLength(450);
            reviewer.Property(r => r.Verdict).HasConversion<string>().HasMaxLength(20);
            reviewer.HasOne<Review>().WithMany().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ReviewComment>(comment =>
        {
            comment.ToTable("review_comments");
            comment.HasKey(c => c.Id);
            comment.HasIndex(c => new { c.ReviewId, c.CreatedUtc });
            comment.Property(c => c.AuthorId).HasMaxLength(450).IsRequired();
            comment.Property(c => c.Body).HasMaxLength(MaxTextLength).IsRequired();
            comment.Property(c => c.ObjectId).HasMaxLength(200);
            comment.Property(c => c.ObjectLabel).HasMaxLength(MaxLabelLength);
            comment.HasOne<Review>().WithMany().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
