% Jurafsky & Martin, Speech and Language Processing (3rd ed. draft), Ch. 6, Eq. 6.34 (skip-gram with negative
% sampling) as printed: w the target embedding, c_pos the positive context embedding, c_{neg_i} the k noise
% embeddings (the rows of c_neg), all in R^d (prose). Printing as remembered (not fetched).
w, c_{pos} \in \mathbb{R}^{d}, c_{neg} \in \mathbb{R}^{k \times d}

L_{CE} = -\left[\log \sigma(c_{pos} \cdot w) + \sum_{i=1}^{k} \log \sigma(-c_{neg_i} \cdot w)\right]
