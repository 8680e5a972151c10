% KL divergence of two discrete distributions over K outcomes, followed by its reading as a difference of
% entropies (Cover & Thomas, Sec. 2.3); H is not defined in the file, so the first form is the computation
q, p \in \mathbb{R}^{K}

D_{KL}(q \| p) = \sum_{k} q_k \log \frac{q_k}{p_k} = H(q, p) - H(q)
