% Lilian Weng, "Learning Word Embedding" (2017), GloVe's loss as printed there: w_i, \tilde{w}_j the rows of the word
% and context vectors, b, \tilde{b} their biases, C the V x V co-occurrence counts (all positive here)
w, \tilde{w} \in \mathbb{R}^{V \times d}, b, \tilde{b} \in \mathbb{R}^{V}, C \in \mathbb{R}^{V \times V}, \alpha, c_{\max} \in \mathbb{R}

f(c) = \begin{cases} (\frac{c}{c_{\max}})^\alpha & \text{if } c < c_{\max} \text{, } c_{\max} \text{ is adjustable.} \\ 1 & \text{if } \text{otherwise} \end{cases}
\mathcal{L}_\theta = \sum_{i=1, j=1}^V f(C(w_i,w_j)) ({w_i}^\top \tilde{w}_j + b_i + \tilde{b}_j - \log C(w_i, \tilde{w}_j))^2
