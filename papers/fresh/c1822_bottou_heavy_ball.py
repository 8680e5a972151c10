from h import *
rng=np.random.default_rng(1822); n,d=6,3; x=rng.normal(size=(n,d)); y=rng.choice([-1.,1.],n); w=rng.normal(size=d); wp=rng.normal(size=d); a,b=0.3,0.8
def gF(w): m=y*(x@w); return -(x*(y/(1+np.exp(m)))[:,None]).sum(0)/n
run('c1822_bottou_heavy_ball', {'x':x, 'y':y, 'w_k':w, 'w_{k-1}':wp, r'\alpha_k':a, r'\beta_k':b}, w-a*gF(w)+b*(w-wp), fn='w_{k+1}')
