% docs/LANGUAGE.md, Class labels: exclusions by a label, one label, conditions under an operator.
z \in \mathbb{R}^{N \times K}, y \in \{1, \dots, K\}^N, c \in \{1, \dots, K\}, a \in \mathbb{R}^{K}
H = \sum_i \sum_{j \neq y_i} \max(0, z_{ij} - z_{i y_i} + 1)
gh = \nabla_z H
A = -\log \frac{e^{a_c}}{e^{a_c} + \sum_{j=1, j \neq c}^{K} e^{a_j}}
ga = \nabla_a A
M = \sum_i \max_{j \neq y_i} z_{ij}
gm = \nabla_z M
S = \sum_i \max_{k : y_k = y_i} z_{k, y_i}
t_{ik} = \mathbb{1}[y_i = k]
