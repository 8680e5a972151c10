% Stanford CS336 (2025), Assignment 1 Sec. 3.4.3: RoPE rotation of the query at position i, pair k rotated by
% theta_{i,k} = i / Theta^{(2k-2)/d} for k in {1, ..., d/2}, from memory; q^{(i)} in R^d at one position i (prose)
q^{(i)} \in \mathbb{R}^{d}, i, \Theta \in \mathbb{R}

\theta_{i,k} = \frac{i}{\Theta^{(2k-2)/d}}, \quad k \in \{1, \ldots, d/2\}
q'^{(i)}_{2k-1} = \cos(\theta_{i,k}) q^{(i)}_{2k-1} - \sin(\theta_{i,k}) q^{(i)}_{2k}
q'^{(i)}_{2k} = \sin(\theta_{i,k}) q^{(i)}_{2k-1} + \cos(\theta_{i,k}) q^{(i)}_{2k}
