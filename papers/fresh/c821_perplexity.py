from h import *
rng=np.random.default_rng(821); n=7
P=rng.uniform(0.05,0.9,size=n)
run('c821_perplexity', {'P':P}, np.exp(-np.log(P).mean()))
