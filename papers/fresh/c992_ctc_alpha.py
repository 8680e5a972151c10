from h import *
rng=np.random.default_rng(992); b=0; l=[0,1,0,1,0,2,0]; S=len(l); al=rng.random(S); y=rng.random(S)
out=np.zeros(S)
for s in range(S):
    ab=al[s]+(al[s-1] if s>=1 else 0)
    if l[s]==b or (s>=2 and l[s-2]==l[s]): out[s]=ab*y[s]
    else: out[s]=(ab+(al[s-2] if s>=2 else 0))*y[s]
run('c992_ctc_alpha', {r'\alpha_{t-1}':al, "y^t_{l'}":y, "l'":np.array(l), 'b':b}, out, fn=r'\alpha_t')
