% Jordan et al. (2024), Muon blog post, Newton-Schulz quintic iteration, pasted from the printing (one step);
% X \in R^{m x n} from prose (the normalised momentum matrix)
X \in \mathbb{R}^{m \times n}, a, b, c \in \mathbb{R}

X' = aX + b(XX^\top)X + c(XX^\top)^2 X
