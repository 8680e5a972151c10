from h import *
rng=np.random.default_rng(988); K,n=3,5; N=rng.integers(0,9,size=(K,n)).astype(float); a=1.0
run('c988_multinomial_nb', {'N':N, r'\alpha':a}, (N+a)/(N.sum(1,keepdims=True)+a*n), fn=r'\hat{\theta}')
