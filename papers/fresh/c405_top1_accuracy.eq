% Top-1 accuracy as classification papers define it: the fraction of samples whose highest score is
% the true class; s the scores of N samples over C classes, labels counted from 1
s \in \mathbb{R}^{N \times C}, y \in \{1, \dots, C\}^{N}

\mathrm{acc} = \frac{1}{N} \sum_{i=1}^{N} \mathbb{1}\left[\arg\max_j s_{ij} = y_i\right]
