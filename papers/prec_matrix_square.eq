% Reading rule (ambiguous): A^2 of a square matrix. In graph papers (two-hop adjacency, S^K in SGC) it
% is the matrix power A A; some optimizer papers square element-wise and say so in words. The matrix
% product is expected; a warning that names both readings is also acceptable.
A \in \mathbb{R}^{n \times n}

Y = A^2
