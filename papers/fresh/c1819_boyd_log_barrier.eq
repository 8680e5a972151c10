% Boyd & Vandenberghe (2004), Sec. 11.2 (the logarithmic barrier for linear inequalities a_i^T x <= b_i) and its
% gradient (Sec. 11.2.1), from memory of the printing; a_i \in R^n (prose), stacked as the rows of a (m x n)
a \in \mathbb{R}^{m \times n}, b \in \mathbb{R}^{m}, x \in \mathbb{R}^{n}

\phi(x) = -\sum_{i=1}^{m} \log(b_i - a_i^T x)
\nabla \phi(x) = \sum_{i=1}^{m} \frac{1}{b_i - a_i^T x} a_i
