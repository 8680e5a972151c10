% Stanford CS224n assignment 2 (word2vec), Eq. 1 as printed: the probability of each outside word o given the
% centre word c; the outside vectors u_w are the rows of U (|Vocab| x d), v_c the centre vector (prose)
\boldsymbol{U} \in \mathbb{R}^{V \times d}, \boldsymbol{v}_c \in \mathbb{R}^{d}

P(O=o \mid C=c) = \frac{\exp(\boldsymbol{u}_o^\top \boldsymbol{v}_c)}{\sum_{w \in \text{Vocab}} \exp(\boldsymbol{u}_w^\top \boldsymbol{v}_c)}
