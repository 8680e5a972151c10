% Reading rule: C = A(B)^T is A times B^T, here with square matrices so that a wrong reading, (AB)^T,
% type-checks and would go unnoticed by shape inference
A, B \in \mathbb{R}^{n \times n}

C = A(B)^T
