from h import *
rng=np.random.default_rng(1166); k=5; h_,t,w,dr=(rng.normal(size=k) for _ in range(4)); w/=np.linalg.norm(w)
v=(h_-w.dot(h_)*w)+dr-(t-w.dot(t)*w)
run('c1166_transh', {r'\mathbf{h}':h_,r'\mathbf{t}':t,r'\mathbf{w}_r':w,r'\mathbf{d}_r':dr}, v.dot(v))
