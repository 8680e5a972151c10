% Generalized cross entropy, Zhang & Sabuncu (2018), Eq. 6: f_j(x) the softmax probability of the label j (prose)
f \in \mathbb{R}^{c}, j \in \{1, \dots, c\}, q \in \mathbb{R}

\mathcal{L}_q(f(x), e_j) = \frac{1 - f_j(x)^q}{q}
