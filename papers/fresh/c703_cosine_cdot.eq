% Cosine similarity as usually printed (e.g. Wikipedia, "Cosine similarity"): A \cdot B the dot product
A, B \in \mathbb{R}^{n}

\cos(\theta) = \frac{A \cdot B}{\|A\| \|B\|}
