% Reading rule: C = A(B)^T with A a matrix (not a function) is A times B^T: the transpose binds to the
% parenthesis (SPEC 3.2)
A \in \mathbb{R}^{n \times k}, B \in \mathbb{R}^{m \times k}

C = A(B)^T
