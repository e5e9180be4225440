"""Build a database with many realistic Vietnamese articles for the benchmarks (Core inserts)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert

from kehoach_desktop.bootstrap import open_app_database
from kehoach_desktop.db.models import Article, ArticleTheme
from kehoach_desktop.domain.text import fold, sort_string
from kehoach_desktop.services import plans
from kehoach_desktop.services.demo import load_demo

WORDS = ("chuyển đổi số", "đào tạo", "bồi dưỡng giáo viên", "an toàn trường học", "tuyển sinh lớp 10",
         "kỳ thi tốt nghiệp THPT", "giáo dục mầm non", "văn hóa học đường", "hội khỏe Phù Đổng",
         "học sinh giỏi", "xã hội hóa giáo dục", "phòng chống đuối nước", "sách giáo khoa lớp 5",
         "Hòa Bình", "Lạc Thủy", "Chi Nê", "thư viện trường học", "kiểm định chất lượng")
LEADS = ("Hội nghị", "Tập huấn", "Kết quả", "Tọa đàm", "Ngày hội", "Lễ khai giảng", "Gương sáng",
         "Hội thi", "Chuyên đề", "Kiểm tra")
AUTHORS = ("Nguyễn Đức Toàn", "Bùi Thị Hằng", "Đinh Văn Dũng", "Quách Thị Thu", "Trần Minh Đức")


def build(data_dir: Path, count: int, years: int = 5, seed: int = 7) -> int:
    """Create the demo plan and `count` articles over `years` years; returns the plan id."""
    opened = open_app_database(str(data_dir))
    plan_id = load_demo(opened.store)
    assert plan_id == 1, plan_id  # the benchmarks' SQL names the plan by this id
    themes = [t.id for t in plans.get_plan(opened.store, plan_id).themes()]
    rng = random.Random(seed)
    start = dt.date(2024 - years + 1, 1, 1)
    rows, links = [], []
    with opened.engine.begin() as conn:
        first_id = 1_000_000
        for i in range(count):
            title = f"{rng.choice(LEADS)} {rng.choice(WORDS)} tại {rng.choice(WORDS)} năm {start.year + i % years}"
            author = rng.choice(AUTHORS)
            day = start + dt.timedelta(days=rng.randrange(365 * years))
            rows.append({"id": first_id + i, "plan_id": plan_id, "title": title, "kind": "tin",
                         "channel_id": 1 + i % 4, "published_on": day, "url": f"https://pgd.example.vn/{i}",
                         "authors": author, "unit_id": None, "notes": "", "status": "published",
                         "return_reason": "", "ever_approved": True, "withdrawn": False,
                         "search_folded": fold(f"{title} {author}"), "title_sort": sort_string(title),
                         "created_by": "bench", "approved_by": "bench"})
            links.append({"article_id": first_id + i, "theme_id": rng.choice(themes)})
            if len(rows) == 20_000:
                conn.execute(insert(Article), rows)
                conn.execute(insert(ArticleTheme), links)
                rows, links = [], []
        if rows:
            conn.execute(insert(Article), rows)
            conn.execute(insert(ArticleTheme), links)
    opened.close()
    return plan_id
