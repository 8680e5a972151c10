% Proxy Anchor loss, Kim et al. (2020), Eq. 4: s(x, p) the cosine similarity of batch embedding x and proxy p
% (given for the B embeddings and C proxies), X_p^+ / X_p^- the embeddings of / not of p's class (0/1 rows),
% P^+ the proxies with positives in the batch (0/1), P all C proxies
s(x, p) \in \mathbb{R}^{B \times C}, X^+, X^- \in \{0,1\}^{C \times B}, P^+ \in \{0,1\}^{C}, \alpha, \delta \in \mathbb{R}

\ell(X) = \frac{1}{|P^+|} \sum_{p \in P^+} \log\left(1 + \sum_{x \in X_p^+} e^{-\alpha (s(x,p) - \delta)}\right) + \frac{1}{|P|} \sum_{p \in P} \log\left(1 + \sum_{x \in X_p^-} e^{\alpha (s(x,p) + \delta)}\right)
