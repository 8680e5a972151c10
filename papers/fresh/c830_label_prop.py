from h import *
rng=np.random.default_rng(830); n,c=5,3
W=rng.uniform(0.1,1,size=(n,n)); W=(W+W.T)/2; np.fill_diagonal(W,0); Y=np.eye(c)[rng.integers(0,c,n)]; F=rng.normal(size=(n,c)); a=0.9
Dm=np.diag(W.sum(1)**-0.5); S=Dm@W@Dm
run('c830_label_prop', {'W':W,'Y':Y,'F':F,r'\alpha':a}, {'s':S,'f_prime':a*S@F+(1-a)*Y}, fn=['S',"F'"])
