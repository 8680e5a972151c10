% wav2vec 2.0, Baevski et al. (2020), Eq. 4 (the diversity loss), from memory of the printing: G codebooks of V
% entries, \bar{p}_g the averaged softmax over the codebook entries of group g across a batch (rows)
\bar{p} \in \mathbb{R}^{G \times V}

\mathcal{L}_d = \frac{1}{GV} \sum_{g=1}^{G} -H(\bar{p}_g) = \frac{1}{GV} \sum_{g=1}^{G} \sum_{v=1}^{V} \bar{p}_{g,v} \log \bar{p}_{g,v}
