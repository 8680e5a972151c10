% Batch-hard triplet loss, Hermans et al. (2017), Eq. 5 with the hardest positive and negative chosen by
% label: D_{ab} the distance between embeddings a and b of the batch, y_a the identity of a, margin m
D \in \mathbb{R}^{B \times B}, y \in \{1, \dots, P\}^{B}, m \in \mathbb{R}

\mathcal{L}_{BH} = \sum_{a=1}^{B} \left[ m + \max_{p : y_p = y_a} D_{ap} - \min_{n : y_n \neq y_a} D_{an} \right]_+
