from h import *
rng=np.random.default_rng(1158); n=8; x=rng.normal(scale=1.5,size=n); a,g=0.5,1.5; b=np.exp(g/a)-1; C=a/b*(b+1)*np.log(b+1)-a-g
ax=np.abs(x); exp=np.where(ax<1, a/b*(b*ax+1)*np.log(b*ax+1)-a*ax, g*ax+C)
run('c1158_balanced_l1', {'x':x,r'\alpha':a,r'\gamma':g,'b':b,'C':C}, exp)
