from h import *
rng=np.random.default_rng(1473); d=5; y,ci,c,x,g=(rng.normal(size=d) for _ in range(5)); eta,K=0.1,3.
y1=y-eta*(g-ci+c); cp=ci-c+(x-y1)/(K*eta)
run('c1473_scaffold_local', {'y_i':y,'c_i':ci,'c':c,'x':x,'g_i(y_i)':g,r'\eta_l':eta,'K':K}, cp, fn='c_i^+')
