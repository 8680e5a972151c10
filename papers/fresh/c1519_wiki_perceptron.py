from h import *
rng=np.random.default_rng(1519); m=4; w=rng.normal(size=m); x=rng.normal(size=m); b=0.3
run('c1519_wiki_perceptron', {r'\mathbf{w}':w, r'\mathbf{x}':x, 'b':b}, float(w@x+b>0), fn='f')
